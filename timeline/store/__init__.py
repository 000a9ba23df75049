"""store layer of Diplomatic Timeline."""
