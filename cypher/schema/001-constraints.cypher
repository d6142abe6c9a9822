// Uniqueness of every node key. Applied on start and before seeding; IF NOT EXISTS keeps it idempotent.
CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (d:SourceDocument) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (a:Agency) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT asset_id IF NOT EXISTS FOR (a:Asset) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT seeded_id IF NOT EXISTS FOR (n:Seeded) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_record_id IF NOT EXISTS FOR (c:ChangeRecord) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT inventory_entry_id IF NOT EXISTS FOR (e:InventoryEntry) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT reference_kind_id IF NOT EXISTS FOR (k:ReferenceKind) REQUIRE k.id IS UNIQUE;
