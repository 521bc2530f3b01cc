-- On the replica only: the app reads Seconds_Behind_Master (SHOW REPLICA STATUS) for masthead_replica_lag_seconds.
GRANT REPLICA MONITOR ON *.* TO 'masthead'@'%';
