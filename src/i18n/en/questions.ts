/**
 * English words of the questionnaire: each question's title and help, and each option's label and
 * one line of help with an example, keyed by question id and option value. The structure (ids,
 * kinds, options, order, defaults) is in src/questionnaire/questions.ts; a missing question or
 * option fails `tsc`. Pure.
 */
import type { OptionValue, QuestionId } from '@/questionnaire/types';

/** An option in words: a short label and one line for a newcomer, with an example. */
export interface OptionWords {
  readonly label: string;
  readonly help: string;
}

/** A question in words, with every option it offers. */
export interface QuestionWords<K extends QuestionId = QuestionId> {
  readonly title: string;
  readonly help: string;
  readonly options: { readonly [V in OptionValue<K>]: OptionWords };
}

/** Every question of the questionnaire, main flow and settings, in words. */
export type QuestionsWords = { readonly [K in QuestionId]: QuestionWords<K> };

export const questions: QuestionsWords = {
  action: {
    title: 'What should your product do with the traffic?',
    help: 'Pick its main job. If it does several things, start with the one that matters most.',
    options: {
      'allow-block': {
        label: 'Allow or block it',
        help: 'Let traffic through or stop it, e.g. a firewall that blocks one app from connecting out.',
      },
      monitor: {
        label: 'Watch and record it',
        help: 'Observe, log or count without changing anything, e.g. a connection logger.',
      },
      modify: {
        label: 'Change it',
        help: 'Rewrite data or headers as they pass, e.g. replace a string in a TCP stream.',
      },
      redirect: {
        label: 'Send it somewhere else',
        help: "Change where a connection goes, e.g. hand an app's web traffic to a local proxy.",
      },
      inject: {
        label: 'Send packets of its own',
        help: 'Create packets, or hold packets and release them later, e.g. answer a ping yourself.',
      },
      shape: {
        label: 'Limit its rate',
        help: "Slow traffic down or give it a bandwidth budget, e.g. cap an app's uploads at 1 Mbit/s.",
      },
      protect: {
        label: 'Protect it with IPsec',
        help: 'Require or configure IPsec authentication or encryption, e.g. SMB only from domain PCs.',
      },
    },
  },
  'redirect-to': {
    title: 'Where should the redirected traffic go?',
    help: 'Redirection changes an address or a port, or hands the connection to a proxy.',
    options: {
      'remote-endpoint': {
        label: 'To a different destination',
        help: 'Change the remote address or port, e.g. send connections for one server to a mirror.',
      },
      'local-endpoint': {
        label: 'Out of a different local address or port',
        help: "Change the socket's own address or port, e.g. a per-app split tunnel over the VPN.",
      },
      'local-proxy': {
        label: 'To a proxy on this computer',
        help: 'A local proxy takes the connection and talks to the real destination, e.g. a web filter.',
      },
    },
  },
  basis: {
    title: 'What must your product look at, or change?',
    help: 'Pick everything the decision depends on and everything the product reads or rewrites.',
    options: {
      app: {
        label: 'The application',
        help: 'Which program owns the socket, e.g. only chrome.exe.',
      },
      user: {
        label: 'The Windows user',
        help: 'Which account runs the program, e.g. allow only members of one group.',
      },
      package: {
        label: 'The Store app or AppContainer',
        help: 'Which packaged app it is, e.g. block one Microsoft Store app.',
      },
      'remote-identity': {
        label: 'The authenticated remote user or machine',
        help: 'Who the peer is, as proved by IPsec authentication, e.g. accept only domain computers.',
      },
      address: {
        label: 'IP addresses',
        help: 'Local or remote addresses or subnets, e.g. RDP only from 10.1.0.0/16 (also to rewrite them).',
      },
      port: {
        label: 'Ports',
        help: 'TCP or UDP port numbers, e.g. block outbound port 25 (also to rewrite them).',
      },
      protocol: {
        label: 'The IP protocol number',
        help: 'The protocol field of the IP header, e.g. block GRE (protocol 47).',
      },
      interface: {
        label: 'The network interface',
        help: 'Which adapter or kind of interface carries it, e.g. block everything on Wi-Fi.',
      },
      loopback: {
        label: 'Whether it stays on this computer',
        help: 'Loopback traffic (127.0.0.1, ::1), e.g. allow only local connections to a database.',
      },
      'icmp-type': {
        label: 'The ICMP type and code',
        help: 'Which ICMP message it is, e.g. drop "destination unreachable".',
      },
      mac: {
        label: 'MAC addresses',
        help: 'Ethernet hardware addresses, e.g. allow only known devices on a lab network.',
      },
      ethertype: {
        label: 'The EtherType',
        help: "The frame's layer-2 protocol number, e.g. block LLDP (0x88CC).",
      },
      vlan: {
        label: 'The VLAN',
        help: 'The 802.1Q VLAN ID, e.g. drop frames tagged VLAN 20.',
      },
      vm: {
        label: 'The virtual machine',
        help: "Which Hyper-V VM sends or receives it, e.g. isolate one tenant's VM.",
      },
      'rpc-interface': {
        label: 'The RPC interface or operation',
        help: 'RPC interface UUID, operation number or auth level, e.g. block remote Task Scheduler calls.',
      },
      payload: {
        label: 'The data inside (payload)',
        help: 'The application bytes, e.g. scan HTTP request bodies for card numbers.',
      },
      'transport-header': {
        label: 'Other TCP or UDP header fields',
        help: 'Flags, sequence numbers or window, e.g. watch for RST segments.',
      },
      'ip-header': {
        label: 'Other IP header fields',
        help: 'TTL, options, identification or DSCP, e.g. set the TTL of outgoing packets.',
      },
      fragments: {
        label: 'IP fragments',
        help: 'Single fragments before reassembly, e.g. drop overlapping fragments.',
      },
      volume: {
        label: 'Amounts and rates',
        help: 'Bytes, packets or connections counted over time, e.g. stop an app after 1 GB a day.',
      },
    },
  },
  traffic: {
    title: 'Which traffic is it?',
    help: 'Seen from the computer your product runs on.',
    options: {
      local: {
        label: 'Traffic of programs on this computer',
        help: "What apps here send or receive through sockets, e.g. a browser's web traffic.",
      },
      forwarded: {
        label: 'Traffic routed through this computer',
        help: 'Packets this computer forwards between networks, e.g. a Windows gateway.',
      },
      vswitch: {
        label: 'Traffic of Hyper-V virtual machines',
        help: 'Frames crossing the Hyper-V virtual switch, e.g. traffic between two VMs.',
      },
      l2: {
        label: "Ethernet frames at this computer's adapters",
        help: 'Layer-2 frames, non-IP ones included, e.g. filtering by MAC address or EtherType.',
      },
    },
  },
  protocol: {
    title: 'Which protocol is it about?',
    help: '"All IP traffic" covers every IP protocol at once.',
    options: {
      tcp: {
        label: 'TCP',
        help: 'Connection streams, e.g. HTTP, SMB or RDP.',
      },
      udp: {
        label: 'UDP',
        help: 'Datagrams, e.g. DNS, QUIC or game traffic.',
      },
      icmp: {
        label: 'ICMP, not errors',
        help: 'Echo and other ICMP messages that are not errors, e.g. ping.',
      },
      'icmp-error': {
        label: 'ICMP error messages',
        help: 'Errors such as "destination unreachable", e.g. hide closed UDP ports from scans.',
      },
      'any-ip': {
        label: 'All IP traffic',
        help: 'Every IP protocol together, e.g. block everything to one subnet.',
      },
      'non-ip': {
        label: 'Frames that are not IP',
        help: 'Layer-2 protocols other than IP, e.g. ARP, LLDP or 802.1X.',
      },
      'tcp,udp': {
        label: 'TCP and UDP',
        help: 'Both, and no other protocol, e.g. all of one app’s connections and datagrams.',
      },
    },
  },
  direction: {
    title: 'In which direction?',
    help: 'Seen from this computer; for virtual machines, seen from the VM.',
    options: {
      inbound: {
        label: 'Inbound',
        help: 'Traffic arriving (at a VM: entering it), e.g. connections to a web server here.',
      },
      outbound: {
        label: 'Outbound',
        help: 'Traffic leaving (a VM: leaving it), e.g. an app connecting to the internet.',
      },
      both: {
        label: 'Both directions',
        help: 'Each direction on its own path, e.g. log every connection in and out.',
      },
      turnaround: {
        label: 'Answer what arrives',
        help: 'Take a received packet and send a reply back out, e.g. answer pings yourself.',
      },
    },
  },
  moment: {
    title: 'At what moment does the work happen?',
    help: 'WFP can act once per connection, when it starts, or on every packet or byte.',
    options: {
      bind: {
        label: 'When a program claims a local port',
        help: 'At bind time, e.g. stop an app from opening port 8080.',
      },
      listen: {
        label: 'When a server starts listening',
        help: 'When a TCP socket starts to accept connections, e.g. forbid unknown servers.',
      },
      connection: {
        label: 'When a connection starts',
        help: 'At connect or accept; the rest of an allowed connection follows, e.g. block a connection.',
      },
      established: {
        label: 'Once a connection is established',
        help: 'After the handshake completes, e.g. record each new connection with its app.',
      },
      data: {
        label: 'On the data itself',
        help: 'Packet by packet or byte by byte, e.g. inspect or rewrite what is sent.',
      },
      close: {
        label: 'When a connection or socket closes',
        help: 'When an endpoint goes away, e.g. write a log line when a connection ends.',
      },
      discard: {
        label: 'When traffic is dropped',
        help: 'Traffic the stack or a filter discarded, e.g. log drops or silence replies to port scans.',
      },
    },
  },
  decider: {
    title: 'How is each case decided?',
    help: 'Fixed rules can often be left to Windows itself; anything else needs code in a driver.',
    options: {
      rules: {
        label: 'By fixed rules known in advance',
        help: 'Conditions you can list beforehand, e.g. block this app on port 443.',
      },
      code: {
        label: 'By logic computed on the spot',
        help: 'Your code decides each case as it comes, e.g. check a hash or parse a header.',
      },
      outside: {
        label: 'Someone else answers later',
        help: 'The answer comes from outside, e.g. a prompt that asks the user, or a scanning service.',
      },
    },
  },
  ipsec: {
    title: 'Is IPsec used on this traffic?',
    help: 'IPsec changes which layers are safe to use. Keep "Not sure" if you do not know.',
    options: {
      'in-use': {
        label: 'Yes',
        help: 'IPsec policies apply, e.g. domain isolation or an IPsec VPN.',
      },
      'not-used': {
        label: 'No',
        help: 'No IPsec policy applies, e.g. a home or lab network.',
      },
      unknown: {
        label: 'Not sure',
        help: 'The result then says what changes if IPsec is used, e.g. on a customer network.',
      },
    },
  },
  'min-os': {
    title: 'Oldest Windows version to support',
    help: 'Some layers and functions exist only from a certain Windows version on.',
    options: {
      vista: {
        label: 'Windows Vista / Server 2008',
        help: 'Where WFP started, e.g. a product that still supports very old systems.',
      },
      win7: {
        label: 'Windows 7 / Server 2008 R2',
        help: 'Adds the redirect and endpoint-closure layers, e.g. legacy industrial PCs.',
      },
      win8: {
        label: 'Windows 8 / Server 2012',
        help: 'Adds layer-2 and Hyper-V switch filtering, e.g. Server 2012 R2 hosts.',
      },
      win10: {
        label: 'Windows 10 / Server 2016',
        help: 'Every Windows that is still supported, e.g. a product for current systems.',
      },
      'win11-22h2': {
        label: 'Windows 11 22H2',
        help: 'Adds the outbound connection-policy layer, e.g. a product for new PCs only.',
      },
    },
  },
  'own-driver': {
    title: 'May your product ship a kernel driver of its own?',
    help: 'Some tasks need a callout driver; a product that cannot ship one needs another way.',
    options: {
      allowed: {
        label: 'Yes, a driver is fine',
        help: 'You can sign and ship a callout driver, e.g. a security product with its own driver.',
      },
      avoid: {
        label: 'No, avoid a driver of our own',
        help: 'Only user mode or an existing signed driver, e.g. policy forbids new kernel code.',
      },
    },
  },
  lifetime: {
    title: 'How long should your filters live?',
    help: 'WFP filters can outlive your program, die with it, or apply from boot.',
    options: {
      persistent: {
        label: 'Until they are removed',
        help: 'They survive restarts, e.g. a firewall policy.',
      },
      dynamic: {
        label: 'While the program runs',
        help: 'They vanish when the program exits, e.g. a diagnostic tool.',
      },
      'boot-time': {
        label: 'From boot on',
        help: 'Enforced before the filter engine starts, e.g. block all until the service is up.',
      },
    },
  },
  fail: {
    title: 'What should traffic do while your driver is not loaded?',
    help: 'Filters that point at a callout that is not registered block by default.',
    options: {
      closed: {
        label: 'Be blocked (fail closed)',
        help: 'Nothing passes unchecked, e.g. a security product that must never leak traffic.',
      },
      open: {
        label: 'Pass (fail open)',
        help: 'The network keeps working, e.g. a monitoring tool that must never cut it.',
      },
    },
  },
  precedence: {
    title: "Must your decision win over other products' filters?",
    help: 'Several firewalls can filter the same traffic; WFP arbitrates between them.',
    options: {
      normal: {
        label: 'No, take part normally',
        help: 'Other products may override it, e.g. an add-on beside the Windows Firewall.',
      },
      'must-win': {
        label: 'Yes, it must win',
        help: "Hold against other vendors' filters, e.g. parental controls that must not be bypassed.",
      },
    },
  },
};
