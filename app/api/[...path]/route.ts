// Any /api path no route answers: a JSON 404 naming the routes, not the site's HTML page.
const NOT_FOUND = {
  error: "No such API route. Routes: GET /api/actions, GET /api/actions/export, GET /api/targets, GET /api/compare/export.",
};

const notFound = () => Response.json(NOT_FOUND, { status: 404 });

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
