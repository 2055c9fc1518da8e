# Uncaught KeyError: the repr of the key is printed.
config = {"lr": 0.1}
print(config["learning_rate"])
