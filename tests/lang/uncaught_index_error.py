# Uncaught IndexError.
layers = [1, 2, 3]
print(layers[3])
