# One Netmiko session against a device, as a lab script would drive it; prints what each step returned as JSON.
# Arguments: device_type (cisco_ios | cisco_ios_telnet), port, username, password. The enable secret is cisco.
import json
import sys

from netmiko import ConnectHandler

kind, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
conn = ConnectHandler(device_type=kind, host="127.0.0.1", port=port, username=user, password=password,
                      secret="cisco", timeout=30)
result = {"prompt": conn.find_prompt()}
conn.enable()
result["enabled"] = conn.find_prompt()
result["version"] = conn.send_command("show version")
result["privilege"] = conn.send_command("show privilege")
result["config"] = conn.send_config_set(["interface GigabitEthernet0/1", "description set by netmiko " + kind,
                                          "exit", "ip host netmiko-host 10.9.9.9"])
result["running"] = conn.send_command("show running-config | include netmiko")
result["save"] = conn.save_config()
name = "netmiko-%s.cfg" % kind
copy = conn.send_command_timing("copy running-config flash:" + name)
for _ in range(3):  # the destination question, then an overwrite confirmation if the file is there
    if not copy.rstrip().endswith(("?", "[confirm]")):
        break
    copy += conn.send_command_timing("\n")
result["copy"] = copy
result["dir"] = conn.send_command("dir flash:" + name)
conn.disconnect()
print(json.dumps(result))
