"""sources layer of Diplomatic Timeline."""
