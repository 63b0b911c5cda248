-- A job is named by what it does (and which file), and knows where its work can be tried again.
alter table job add column title varchar(300);
alter table job add column return_path varchar(300);
