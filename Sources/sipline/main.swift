print("sipline")
