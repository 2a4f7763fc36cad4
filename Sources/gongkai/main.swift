print("gongkai: under construction")
