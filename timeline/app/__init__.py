"""app layer of Diplomatic Timeline."""
