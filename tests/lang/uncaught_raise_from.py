# Uncaught exception raised from another.
try:
    {}["k"]
except KeyError as e:
    raise ValueError("bad config") from e
