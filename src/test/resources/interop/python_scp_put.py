# python3-scp (the library Netmiko and Ansible use), put of one file; prints OK or the SCPException's text.
# Arguments: port, username, password, local file, remote path.
import sys

import paramiko
from scp import SCPClient, SCPException

port, user, password, local, remote = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
ssh.connect("127.0.0.1", port=port, username=user, password=password, look_for_keys=False, allow_agent=False)
try:
    with SCPClient(ssh.get_transport(), socket_timeout=10.0) as client:
        client.put(local, remote)
    print("OK")
except SCPException as e:
    print("SCPException: %s" % e)
finally:
    ssh.close()
