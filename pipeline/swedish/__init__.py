"""Swedish-language parsing helpers: pure functions over plain text, no HTML."""
