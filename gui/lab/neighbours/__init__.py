"""Lab › Nearest training digits: the training digits the network itself finds most like yours."""
