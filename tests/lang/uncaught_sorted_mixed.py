# Uncaught TypeError from comparing str and int in sorted().
sorted([1, "a"])
