# Uncaught TypeError from str + int.
print("step " + 5)
