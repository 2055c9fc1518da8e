# Uncaught AssertionError with a message.
shape = (2, 3)
assert len(shape) == 3, "expected rank 3, got %d" % len(shape)
