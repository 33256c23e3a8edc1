RETURN $id AS value
