__all__ = ["submod_a", "submod_b"]
