# Exception with several arguments prints the tuple.
raise Exception("a", 1)
