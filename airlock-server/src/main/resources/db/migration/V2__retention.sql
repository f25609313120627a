-- When the encrypted copy of a file was deleted by the retention purge (null while it is kept).
alter table submission_file add column purged_at timestamp with time zone;
