print("clpconf")
