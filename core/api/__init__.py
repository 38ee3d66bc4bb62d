"""What every app's API shares: parsers, authentication and the schema's error responses."""
