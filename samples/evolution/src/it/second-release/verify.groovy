// Release 1.0's manifest was unpacked and read: the new code builds, and the reworded template is
// reported against the baseline.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/closecodes-baseline/META-INF/closecodes/default.json').isFile()
assert log =~ /\[closecodes.compat\] the reason of com.example.chat.ChatCloses.ROOM_FULL had the placeholders \[room\] in the baseline \S+default.json and has \[name\] now/:
        'no warning against the baseline:\n' + log
true
