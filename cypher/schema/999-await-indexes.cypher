// Last step of schema set-up: wait until every index is online before data is read or written.
CALL db.awaitIndexes(300);
