/** The longest name the target type-ahead looks up (GET /api/targets?q=…); its input stops there too. */
export const TARGET_QUERY_MAX_LENGTH = 100;
