# Uncaught TypeError: unsupported operand types.
total = 0
total += "3"
