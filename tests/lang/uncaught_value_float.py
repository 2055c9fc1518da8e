# Uncaught ValueError from float().
float("1.2.3")
