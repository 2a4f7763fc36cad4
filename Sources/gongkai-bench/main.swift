print("gongkai-bench: under construction")
