# Netmiko's file_transfer(), unmodified, put then get, against a device; prints what it returned as JSON.
# Arguments: port, username, password, local file to put, name on flash, local file to get into.
import json
import sys

from netmiko import ConnectHandler, file_transfer

port, user, password, source, name, fetched = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
conn = ConnectHandler(device_type="cisco_ios", host="127.0.0.1", port=port, username=user, password=password,
                      secret="cisco", timeout=30)
conn.enable()
put = file_transfer(conn, source_file=source, dest_file=name, file_system="flash:", direction="put")
again = file_transfer(conn, source_file=source, dest_file=name, file_system="flash:", direction="put")
get = file_transfer(conn, source_file=name, dest_file=fetched, file_system="flash:", direction="get")
conn.disconnect()
print(json.dumps({"put": put, "again": again, "get": get}))
