"""Dictionaries and the actor knowledge base: loading, validation and lookups."""
