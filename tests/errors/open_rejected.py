data = open("weights.txt").read()
