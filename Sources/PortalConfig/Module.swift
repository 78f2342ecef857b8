// bootstrap: the configuration file lands with the commands issue
