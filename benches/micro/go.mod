module rgo.example/benches/micro

go 1.22
